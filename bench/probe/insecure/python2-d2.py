search_filter = "(&(objectClass=user)(uid=%s))" % username
