Net::HTTP.get_response(URI("http://#{params[:host]}/status"))
