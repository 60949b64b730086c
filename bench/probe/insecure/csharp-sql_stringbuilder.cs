var sb = new StringBuilder("SELECT * FROM Users WHERE Name = '");
sb.Append(name).Append("'");
cmd.CommandText = sb.ToString();
