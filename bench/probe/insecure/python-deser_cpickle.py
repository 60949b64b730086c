import cPickle
obj = cPickle.loads(data)
