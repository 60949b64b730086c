User.objects.create(**request.POST.dict())
