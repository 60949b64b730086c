var hash = _passwordHasher.HashPassword(user, password);
