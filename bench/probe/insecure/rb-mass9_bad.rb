@user.assign_attributes(params[:user])
