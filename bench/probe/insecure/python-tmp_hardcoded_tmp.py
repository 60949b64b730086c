with open("/tmp/app_cache.txt", "w") as f:
    f.write(data)
