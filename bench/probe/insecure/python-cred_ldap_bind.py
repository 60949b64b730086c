conn.simple_bind_s("cn=admin,dc=example,dc=com", "LdapAdm1nPw")
