Regexp.new(params[:q])
