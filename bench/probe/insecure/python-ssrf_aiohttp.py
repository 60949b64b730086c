async with session.get(request.query["url"]) as r:
    pass
