redirect_to params[:return_to]
