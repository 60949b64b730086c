User.group(params[:group])
