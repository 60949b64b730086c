RestClient::Request.execute(method: :get, url: url, verify_ssl: false)
