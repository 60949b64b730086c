"<b>#{params[:name]}</b>".html_safe
