BCrypt::Password.create(pw, cost: 4)
