if params[:api_key] == ENV['API_KEY']
