import random
password = "".join(random.sample(alphabet, 10))
