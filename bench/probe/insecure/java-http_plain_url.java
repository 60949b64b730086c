URL url = new URL("http://api.example.com/login");
