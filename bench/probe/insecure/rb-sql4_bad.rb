User.where("email = '" + email + "'")
