async with httpx.AsyncClient(verify=False) as client:
    pass
