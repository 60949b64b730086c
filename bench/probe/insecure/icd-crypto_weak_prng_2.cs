    public string CreateResetToken(User user)
    {
        var bytes = new byte[16];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)_random.Next(256);
        }
        var token = Convert.ToBase64String(bytes);
        _store.Save(user.Id, token, DateTime.UtcNow.AddHours(1));
        return token;
    }
