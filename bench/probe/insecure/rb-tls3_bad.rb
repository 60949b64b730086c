conn = Faraday.new(url, ssl: { verify: false })
