return redirect(request.form["return_to"])
