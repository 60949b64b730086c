policy.WithOrigins("https://app.example.com").AllowCredentials();
