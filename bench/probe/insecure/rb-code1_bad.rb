eval(params[:code])
