var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("my_super_secret_key_12345678901234567890"));
