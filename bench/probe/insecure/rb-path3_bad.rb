File.open(Rails.root.join("uploads", params[:name]))
