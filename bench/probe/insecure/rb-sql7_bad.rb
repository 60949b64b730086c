User.pluck(params[:column])
