reset_token = SecureRandom.hex(32)
u.update(reset_token: rand(999999))
