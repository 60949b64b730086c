from flask import send_file
return send_file(request.args.get("path"))
