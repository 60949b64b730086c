session[:user_id] = params[:user_id]
