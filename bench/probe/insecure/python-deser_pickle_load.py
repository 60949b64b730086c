import pickle
with open(p, "rb") as f:
    obj = pickle.load(f)
