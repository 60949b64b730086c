IO.read("public/" + params[:file])
