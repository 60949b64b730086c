import random
otp = random.randint(100000, 999999)
