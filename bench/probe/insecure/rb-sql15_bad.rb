User.order(params[:sort])
