searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + username + "))";
