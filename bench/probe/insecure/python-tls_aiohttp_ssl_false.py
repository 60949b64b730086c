async with session.get(url, ssl=False) as resp:
    pass
