klass = params[:type].classify.constantize
