from fastapi.responses import FileResponse
return FileResponse(f"static/{filename}")
