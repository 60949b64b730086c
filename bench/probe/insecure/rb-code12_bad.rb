model = params[:model].classify.constantize
