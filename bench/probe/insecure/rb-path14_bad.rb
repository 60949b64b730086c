Dir.glob("#{params[:dir]}/*")
