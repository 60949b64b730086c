User.objects.filter(name=name).extra(where=[f"email = '{email}'"])
