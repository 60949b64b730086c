return redirect(url_for("index"))
