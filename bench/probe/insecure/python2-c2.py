JWT_SECRET = "changeme"
