app.debug = True
