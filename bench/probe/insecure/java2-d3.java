String password = "admin123";
