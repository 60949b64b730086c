File.read(Rails.root.join("uploads", File.basename(params[:file])))
