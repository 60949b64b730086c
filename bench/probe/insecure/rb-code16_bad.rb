instance_variable_set("@#{params[:name]}", params[:value])
