link_to "Profile", params[:url]
