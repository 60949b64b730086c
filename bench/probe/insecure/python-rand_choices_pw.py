import random
password = "".join(random.choices(chars, k=12))
