aes.GenerateIV();
