token = SecureRandom.hex(32)
