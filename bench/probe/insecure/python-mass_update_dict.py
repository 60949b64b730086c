user.__dict__.update(request.form)
