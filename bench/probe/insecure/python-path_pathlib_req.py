from pathlib import Path
content = Path(BASE_DIR, request.args["name"]).read_text()
