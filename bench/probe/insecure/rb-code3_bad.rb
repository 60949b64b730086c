user.send(params[:method])
