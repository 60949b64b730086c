render text: params[:message]
