redirect params[:next]
