Process.Start(request.Query["file"]);
