klass = params[:type].constantize
klass.new
