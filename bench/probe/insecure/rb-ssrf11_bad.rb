Typhoeus.get(params[:url])
