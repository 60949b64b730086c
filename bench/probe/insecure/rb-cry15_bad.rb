if params[:token] == user.api_token
