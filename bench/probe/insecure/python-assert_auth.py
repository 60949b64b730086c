assert user.is_admin, "not authorized"
