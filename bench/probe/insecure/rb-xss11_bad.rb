safe_join([params[:a].html_safe])
