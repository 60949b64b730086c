var path = Path.Combine(_uploadDir, Request.Query["file"]);
return PhysicalFile(path, "application/octet-stream");
