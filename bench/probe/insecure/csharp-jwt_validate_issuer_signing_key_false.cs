options.TokenValidationParameters = new TokenValidationParameters { ValidateIssuerSigningKey = false };
