import random
random.shuffle(playlist)
