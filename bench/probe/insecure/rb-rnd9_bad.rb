token = Digest::MD5.hexdigest(Time.now.to_s)
