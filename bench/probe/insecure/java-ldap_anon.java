env.put(Context.SECURITY_AUTHENTICATION, "none");
