var hash = MD5.HashData(Encoding.UTF8.GetBytes(password));
