private const string JwtSecret = "ThisIsMySecretKeyForJwt2024!!";
