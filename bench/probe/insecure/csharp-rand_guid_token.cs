var resetToken = Guid.NewGuid().ToString();
