obj.instance_eval(params[:expr])
