os.remove(os.path.join(UPLOAD_DIR, request.form["filename"]))
