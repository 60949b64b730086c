var cmd = new MySqlCommand("SELECT * FROM users WHERE id = " + id, conn);
