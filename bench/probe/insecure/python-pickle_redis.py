session = pickle.loads(redis_client.get(key))
