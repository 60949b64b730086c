Connection conn = DriverManager.getConnection("jdbc:mysql://localhost:3306/app", "root", "Sup3rS3cret!");
