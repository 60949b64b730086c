var da = new SqlDataAdapter("SELECT * FROM Users WHERE Name = '" + name + "'", conn);
