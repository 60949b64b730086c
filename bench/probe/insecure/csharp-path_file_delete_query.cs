System.IO.File.Delete(Path.Combine(dir, Request.Form["file"]));
