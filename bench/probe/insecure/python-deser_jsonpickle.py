import jsonpickle
obj = jsonpickle.decode(payload)
