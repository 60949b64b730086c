from flask import redirect
return redirect(request.args.get("next"))
