foreach (var entry in archive.Entries)
    entry.ExtractToFile(Path.Combine(dest, entry.FullName));
