@app.route("/hello")
def hello():
    return f"<h1>Hello {request.args.get('name')}</h1>"
