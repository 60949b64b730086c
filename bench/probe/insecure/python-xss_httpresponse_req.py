from django.http import HttpResponse
return HttpResponse("Hello " + request.GET["name"])
