send(params[:action_type])
