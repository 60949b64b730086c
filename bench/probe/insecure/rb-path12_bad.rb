render template: "pages/#{params[:page]}"
