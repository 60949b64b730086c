token = SecureRandom.hex(2)
