@user = User.new(params[:user])
