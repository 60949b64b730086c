URL url = new URL("https://api.example.com/status");
