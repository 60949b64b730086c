Down.download(params[:url])
