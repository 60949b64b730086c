if (token == Request.Headers["X-Api-Key"]) { }
