var hash = SHA256.HashData(Encoding.UTF8.GetBytes(password));
