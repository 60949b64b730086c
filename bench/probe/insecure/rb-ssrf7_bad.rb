uri = URI.parse(params[:callback])
Net::HTTP.post(uri, body)
