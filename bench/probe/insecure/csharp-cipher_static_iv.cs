aes.IV = Encoding.UTF8.GetBytes("1234567890123456");
