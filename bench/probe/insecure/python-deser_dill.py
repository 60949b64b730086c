import dill
obj = dill.loads(payload)
