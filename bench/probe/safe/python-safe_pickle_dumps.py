data = pickle.dumps(obj)
