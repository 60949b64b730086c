for k, v in request.json.items():
    setattr(user, k, v)
