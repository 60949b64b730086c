return PhysicalFile($"/srv/files/{name}", "text/plain");
