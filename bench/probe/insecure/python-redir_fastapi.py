from fastapi.responses import RedirectResponse
return RedirectResponse(url=request.query_params["next"])
