var searcher = new DirectorySearcher($"(mail={email})");
