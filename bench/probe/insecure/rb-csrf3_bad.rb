protect_from_forgery except: :create
