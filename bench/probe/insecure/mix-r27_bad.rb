Rails.logger.info "Login attempt: #{params[:email]} / #{params[:password]}"
