user.remote_avatar_url = params[:avatar_url]
