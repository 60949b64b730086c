user.password_digest = Digest::SHA256.hexdigest(params[:password])
