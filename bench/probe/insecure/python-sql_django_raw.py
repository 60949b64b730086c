User.objects.raw(f"SELECT * FROM auth_user WHERE username = '{username}'")
