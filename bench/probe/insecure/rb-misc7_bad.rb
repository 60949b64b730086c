Rails.logger.info("login #{params[:user]} pw=#{params[:password]}")
