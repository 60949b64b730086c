file.save("/uploads/" + file.filename)
