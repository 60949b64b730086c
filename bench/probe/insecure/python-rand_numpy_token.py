import numpy as np
token = np.random.randint(0, 10**6)
