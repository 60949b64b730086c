from flask import render_template_string
return render_template_string(f"<h1>Hello {name}</h1>")
