from fastapi.responses import HTMLResponse
return HTMLResponse(f"<h1>{q}</h1>")
