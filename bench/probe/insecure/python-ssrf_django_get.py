resp = requests.get(request.GET.get("url"))
