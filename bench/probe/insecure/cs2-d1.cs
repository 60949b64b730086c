var key = Encoding.ASCII.GetBytes("ThisIsMySecretKeyForJwt2024!!");
