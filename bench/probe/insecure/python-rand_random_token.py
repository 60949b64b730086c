import random
reset_token = str(random.random())
