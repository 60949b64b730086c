LdapQuery q = query().filter("(uid=" + uid + ")");
