qs = User.objects.extra(where=["name = '%s'" % name])
