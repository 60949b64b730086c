File.read(params[:file])
