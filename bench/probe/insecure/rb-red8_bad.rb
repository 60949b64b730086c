url = params[:redirect_uri]
redirect_to url
