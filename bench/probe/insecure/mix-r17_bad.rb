render file: params[:page]
