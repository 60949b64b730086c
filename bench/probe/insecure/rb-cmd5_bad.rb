exec("tar -xzf " + params[:file])
