User.update_all("role = '#{params[:role]}'")
