content_tag(:div, params[:x].html_safe)
