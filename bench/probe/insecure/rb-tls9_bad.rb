HTTP.get(url, ssl_context: OpenSSL::SSL::SSLContext.new.tap { |c| c.verify_mode = 0 })
