params.require(:user).permit!
