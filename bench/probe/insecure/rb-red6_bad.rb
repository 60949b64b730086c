redirect_to params[:url], allow_other_host: true
