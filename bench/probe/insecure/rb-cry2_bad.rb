Digest::SHA1.hexdigest(params[:password])
