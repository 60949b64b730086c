URI.open(params[:url]).read
