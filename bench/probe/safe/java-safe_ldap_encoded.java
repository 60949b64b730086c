String filter = "(uid=" + LdapEncoder.filterEncode(username) + ")";
