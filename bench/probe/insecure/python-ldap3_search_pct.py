conn.search("dc=example,dc=com", "(cn=%s)" % name)
