Module.const_get("#{params[:kind].capitalize}Handler").new
