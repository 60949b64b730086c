import random
delay = random.uniform(0.5, 1.5)
