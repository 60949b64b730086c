cookies.permanent[:remember_token] = user.remember_token
