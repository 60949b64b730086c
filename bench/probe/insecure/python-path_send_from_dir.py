return send_from_directory("uploads", filename)
