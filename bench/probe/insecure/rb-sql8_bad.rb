User.select("name, #{params[:field]}")
