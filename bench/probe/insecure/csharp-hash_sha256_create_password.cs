using var sha = SHA256.Create();
var hashed = Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(password)));
