sanitize(@user.bio)
