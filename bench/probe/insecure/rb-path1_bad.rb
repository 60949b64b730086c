send_file params[:path]
