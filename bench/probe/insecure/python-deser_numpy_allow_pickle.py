import numpy as np
arr = np.load(f, allow_pickle=True)
