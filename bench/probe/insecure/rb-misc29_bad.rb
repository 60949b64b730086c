http = Net::HTTP.new(uri.host, uri.port)
http.use_ssl = false
http.post("/login", "password=#{pw}")
