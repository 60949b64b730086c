string password = "hunter2pass";
