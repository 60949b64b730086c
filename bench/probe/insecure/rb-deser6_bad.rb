data = JSON.load(params[:json])
