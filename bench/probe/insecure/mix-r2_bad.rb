target = params[:return_to]
redirect_to target
