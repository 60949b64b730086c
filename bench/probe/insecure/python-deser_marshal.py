import marshal
code = marshal.loads(data)
