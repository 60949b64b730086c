user.public_send(params[:attr], params[:value])
