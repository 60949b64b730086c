var hash = SHA1.Create().ComputeHash(Encoding.UTF8.GetBytes(password));
