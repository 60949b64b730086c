import pickle
obj = pickle.Unpickler(f).load()
