env.put(Context.SECURITY_CREDENTIALS, "LdapPassw0rd");
