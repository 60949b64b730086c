with open(f"/var/data/{filename}") as f:
    return f.read()
