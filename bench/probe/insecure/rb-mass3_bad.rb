@user.update(params.require(:user).permit!)
