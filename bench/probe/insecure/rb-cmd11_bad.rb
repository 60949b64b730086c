Kernel.system("unzip #{params[:zip]}")
