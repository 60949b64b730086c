app.config["SECRET_KEY"] = "my-super-secret-key-123"
