String q = String.format("SELECT * FROM users WHERE id = %s", id);
stmt.executeQuery(q);
