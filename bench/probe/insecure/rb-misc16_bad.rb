doc = REXML::Document.new(params[:xml])
