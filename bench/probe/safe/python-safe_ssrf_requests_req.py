resp = requests.get("https://api.example.com/status")
