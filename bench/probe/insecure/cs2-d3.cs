var secret = "ThisIsMySecretKeyForJwt2024!!";
