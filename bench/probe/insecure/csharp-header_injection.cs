Response.Headers.Add("X-User", Request.Query["user"]);
