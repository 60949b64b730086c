await context.Response.WriteAsync($"<h1>Hello {context.Request.Query["name"]}</h1>");
