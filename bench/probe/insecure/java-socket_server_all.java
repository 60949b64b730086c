ServerSocket ss = new ServerSocket(8080);
