return File(System.IO.File.OpenRead(Path.Combine(baseDir, name)), "application/pdf");
