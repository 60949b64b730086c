User.new(params.require(:user).permit(:name, :email))
