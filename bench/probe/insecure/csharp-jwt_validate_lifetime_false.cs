ValidateLifetime = false,
