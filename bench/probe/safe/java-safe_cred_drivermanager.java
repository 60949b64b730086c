Connection conn = DriverManager.getConnection(url, user, System.getenv("DB_PASSWORD"));
