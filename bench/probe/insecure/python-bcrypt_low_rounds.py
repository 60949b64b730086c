bcrypt.gensalt(rounds=4)
