from django.http import HttpResponseRedirect
return HttpResponseRedirect(request.GET.get("next"))
