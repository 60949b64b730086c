ValidateIssuer = false,
ValidateAudience = false,
