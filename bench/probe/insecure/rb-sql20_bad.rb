User.calculate(:sum, params[:col])
