Faraday.get(params[:url])
