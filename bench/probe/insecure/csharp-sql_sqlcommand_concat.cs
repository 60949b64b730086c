var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", conn);
