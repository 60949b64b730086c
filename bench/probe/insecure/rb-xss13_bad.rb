erb "<p>#{params[:q]}</p>"
