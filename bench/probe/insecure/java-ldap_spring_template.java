ldapTemplate.search("", "(uid=" + uid + ")", mapper);
