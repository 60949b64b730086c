Response.Headers["Location"] = Request.Query["url"];
