open(params[:url])
