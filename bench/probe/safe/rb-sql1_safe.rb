User.where("name = ?", params[:name])
