render plain: "<h1>#{params[:q]}</h1>", content_type: "text/html"
