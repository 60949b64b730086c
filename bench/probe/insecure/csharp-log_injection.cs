_logger.LogInformation("Login failed for " + Request.Form["username"]);
