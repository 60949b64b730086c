fd, path = tempfile.mkstemp()
