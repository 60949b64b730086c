raw(params[:content])
