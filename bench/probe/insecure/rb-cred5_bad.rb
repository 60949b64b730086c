http_basic_authenticate_with name: "admin", password: "secret123"
