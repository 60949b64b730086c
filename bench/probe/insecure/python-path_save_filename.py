f = request.files["file"]
f.save(os.path.join(UPLOAD_FOLDER, f.filename))
