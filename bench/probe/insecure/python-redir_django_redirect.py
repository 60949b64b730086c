from django.shortcuts import redirect
return redirect(request.GET["next"])
