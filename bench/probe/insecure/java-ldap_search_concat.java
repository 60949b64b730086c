NamingEnumeration<SearchResult> r = ctx.search("ou=users,dc=example,dc=com", "(uid=" + username + ")", controls);
