var sql = string.Format("SELECT * FROM Users WHERE Name = '{0}'", name);
var cmd = new SqlCommand(sql, conn);
