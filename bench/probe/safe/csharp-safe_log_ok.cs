_logger.LogInformation("Login failed for {User}", username);
