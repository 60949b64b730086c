method(params[:m]).call
