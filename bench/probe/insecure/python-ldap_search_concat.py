conn.search_s(base_dn, ldap.SCOPE_SUBTREE, "(uid=" + username + ")")
