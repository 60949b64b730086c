file = params[:file]
File.open(Rails.root.join("uploads", file.original_filename), "wb") { |f| f.write(file.read) }
