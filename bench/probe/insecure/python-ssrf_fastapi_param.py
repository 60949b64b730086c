@app.get("/fetch")
def fetch(url: str):
    return requests.get(url).text
