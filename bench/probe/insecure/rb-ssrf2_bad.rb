Net::HTTP.get(URI(params[:url]))
