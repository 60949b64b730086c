searcher.Filter = $"(sAMAccountName={LdapEncoder.FilterEncode(username)})";
