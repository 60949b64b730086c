if user.password == request.form["password"]:
    login_user(user)
