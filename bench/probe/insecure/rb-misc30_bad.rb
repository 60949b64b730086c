send(params[:action_name])
