var entry = new DirectoryEntry(path, null, null, AuthenticationTypes.None);
