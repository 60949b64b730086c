system("ping -c 1 #{params[:host]}")
