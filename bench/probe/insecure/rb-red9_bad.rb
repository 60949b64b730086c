response.headers["Location"] = params[:to]
