from django.http import FileResponse
return FileResponse(open(os.path.join(BASE, request.GET["f"]), "rb"))
