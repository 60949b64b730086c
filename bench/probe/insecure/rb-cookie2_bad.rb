cookies[:auth_token] = token
