user.__send__(params[:action])
