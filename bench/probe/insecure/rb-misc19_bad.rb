User.where(params[:filter])
