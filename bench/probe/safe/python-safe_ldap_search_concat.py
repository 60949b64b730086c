from ldap.filter import escape_filter_chars
conn.search_s(base_dn, ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(username))
