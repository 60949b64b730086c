var cmd = new SqlCommand($"SELECT * FROM Users WHERE Id = {id}", conn);
