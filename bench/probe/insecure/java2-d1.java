Connection c = DriverManager.getConnection(DB_URL, "sa", "password123");
