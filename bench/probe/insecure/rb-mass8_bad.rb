User.new(params.require(:user).permit(:name, :is_admin))
