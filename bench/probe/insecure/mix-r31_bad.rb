@user.update(params[:user].permit!)
