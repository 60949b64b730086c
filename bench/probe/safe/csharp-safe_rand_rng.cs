var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
