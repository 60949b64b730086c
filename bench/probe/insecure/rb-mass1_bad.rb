User.new(params[:user])
