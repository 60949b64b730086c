ERB.new(params[:template]).result(binding)
