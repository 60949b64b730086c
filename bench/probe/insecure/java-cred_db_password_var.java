String dbPassword = "hunter2pass";
