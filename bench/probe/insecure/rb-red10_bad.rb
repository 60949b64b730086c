redirect_to(params.permit(:host, :path).merge(only_path: false))
