app.secret_key = "dev-secret-key-please-change"
