import shelve
db = shelve.open(filename)
