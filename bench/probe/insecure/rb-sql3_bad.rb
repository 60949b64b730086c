Post.order("#{params[:sort]} #{params[:dir]}")
