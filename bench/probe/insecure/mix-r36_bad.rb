system("git", "clone", params[:repo])
