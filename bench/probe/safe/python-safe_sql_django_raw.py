User.objects.raw("SELECT * FROM auth_user WHERE username = %s", [username])
