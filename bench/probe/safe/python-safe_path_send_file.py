return send_from_directory(UPLOAD_DIR, secure_filename(name))
