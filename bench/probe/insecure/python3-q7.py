async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as s:
    pass
