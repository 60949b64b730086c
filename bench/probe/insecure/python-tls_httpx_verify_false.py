import httpx
client = httpx.Client(verify=False)
