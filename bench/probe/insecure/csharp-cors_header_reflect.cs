Response.Headers.Add("Access-Control-Allow-Origin", Request.Headers["Origin"]);
