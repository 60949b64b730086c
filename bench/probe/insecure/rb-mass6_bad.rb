params.require(:user).permit(:name, :email, :admin)
