User.where("created_at > #{params[:since]}").count
