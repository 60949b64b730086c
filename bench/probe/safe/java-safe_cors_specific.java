@CrossOrigin(origins = "https://app.example.com")
