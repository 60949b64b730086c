url = params[:url]
response = Net::HTTP.get(URI(url))
