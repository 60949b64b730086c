if hmac.compare_digest(token, request.headers.get("X-Api-Token", "")):
    pass
