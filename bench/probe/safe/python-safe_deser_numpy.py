arr = np.load(f, allow_pickle=False)
