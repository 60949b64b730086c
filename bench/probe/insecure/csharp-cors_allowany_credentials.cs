policy.AllowAnyOrigin().AllowCredentials();
