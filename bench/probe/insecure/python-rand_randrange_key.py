import random
api_key = hex(random.randrange(2**64))
