private const string PasswordField = "Password";
