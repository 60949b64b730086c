if token == request.headers.get("X-Api-Token"):
    pass
