blob = marshal.dumps(code)
