HTTParty.get(params[:url])
