_logger.LogDebug($"User {user} logged in with password {password}");
