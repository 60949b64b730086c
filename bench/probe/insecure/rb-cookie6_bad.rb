cookies[:user_id] = user.id
