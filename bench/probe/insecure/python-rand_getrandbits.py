import random
session_id = random.getrandbits(128)
