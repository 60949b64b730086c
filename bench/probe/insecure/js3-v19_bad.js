const q = "SELECT * FROM users WHERE name LIKE '%" + term + "%'";
