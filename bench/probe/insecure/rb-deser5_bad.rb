obj = Oj.load(params[:json])
