BCrypt::Password.create(password)
