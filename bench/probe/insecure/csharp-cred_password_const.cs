private const string Password = "Sup3rS3cret!";
