var p = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
