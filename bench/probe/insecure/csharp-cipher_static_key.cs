aes.Key = Encoding.UTF8.GetBytes("MySecretKey12345MySecretKey12345");
