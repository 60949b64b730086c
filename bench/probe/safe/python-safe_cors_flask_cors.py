CORS(app, origins=["https://app.example.com"], supports_credentials=True)
