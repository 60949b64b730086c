redirect_to "#{params[:url]}"
