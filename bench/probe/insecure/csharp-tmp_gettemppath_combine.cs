var p = Path.Combine(Path.GetTempPath(), "app.lock");
