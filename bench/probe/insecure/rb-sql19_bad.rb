User.reorder(params[:order])
