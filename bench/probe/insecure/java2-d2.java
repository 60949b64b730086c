Connection c = DriverManager.getConnection("jdbc:mysql://localhost/db?user=root&password=root123");
