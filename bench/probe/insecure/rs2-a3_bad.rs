let jwt_secret = "changeme-secret-123";
