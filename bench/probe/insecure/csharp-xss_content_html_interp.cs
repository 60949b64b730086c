return Content($"<p>{Request.Query["q"]}</p>", "text/html");
