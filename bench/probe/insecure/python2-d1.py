ldap_conn.search_s("ou=users,dc=corp", ldap.SCOPE_SUBTREE, f"(sAMAccountName={username})")
