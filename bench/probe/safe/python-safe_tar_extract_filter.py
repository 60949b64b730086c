tar.extractall(dest, filter="data")
