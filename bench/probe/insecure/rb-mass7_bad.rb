params.require(:user).permit(:name, :role)
