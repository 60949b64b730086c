msg = request.args["template"].format(user=current_user)
