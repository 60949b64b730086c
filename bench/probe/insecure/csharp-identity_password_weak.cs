options.Password.RequiredLength = 4;
