File.join(dir, params[:filename])
