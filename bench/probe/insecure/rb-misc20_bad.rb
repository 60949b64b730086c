User.find_by(params[:user])
