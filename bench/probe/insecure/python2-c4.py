app.config["JWT_SECRET_KEY"] = "super-secret"
