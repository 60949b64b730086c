token = "%032x" % random.getrandbits(128)
