conn.Execute("DELETE FROM Users WHERE Id = " + id);
