render params[:template]
