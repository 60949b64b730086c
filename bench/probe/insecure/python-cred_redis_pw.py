r = redis.Redis(host="cache", port=6379, password="r3disP4ss")
