re.match(request.GET.get("q"), name)
