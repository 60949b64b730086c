private static final String PASSWORD_PARAM = "password";
