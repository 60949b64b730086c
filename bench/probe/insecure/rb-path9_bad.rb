File.write(Rails.root.join("public", upload.original_filename), upload.read)
