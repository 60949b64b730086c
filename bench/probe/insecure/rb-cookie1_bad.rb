cookies[:session] = { value: token, httponly: false }
