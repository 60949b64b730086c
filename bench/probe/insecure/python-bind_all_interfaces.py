server.bind(("0.0.0.0", 8080))
