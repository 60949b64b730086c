policy.WithOrigins("*").AllowAnyHeader().AllowCredentials();
