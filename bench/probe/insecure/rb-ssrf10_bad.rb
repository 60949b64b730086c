HTTP.get(params[:image_url]).to_s
