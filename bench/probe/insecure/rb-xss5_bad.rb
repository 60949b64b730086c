render html: params[:msg].html_safe
