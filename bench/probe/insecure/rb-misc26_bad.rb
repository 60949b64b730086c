params[:admin] == "true" ? make_admin! : nil
