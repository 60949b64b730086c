@user.update_attributes(params[:user])
