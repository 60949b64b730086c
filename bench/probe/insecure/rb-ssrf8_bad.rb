url = params[:url]
response = HTTParty.get(url)
