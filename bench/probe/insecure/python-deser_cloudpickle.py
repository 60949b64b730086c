import cloudpickle
obj = cloudpickle.loads(blob)
