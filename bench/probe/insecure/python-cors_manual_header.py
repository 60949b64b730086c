response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin")
response.headers["Access-Control-Allow-Credentials"] = "true"
