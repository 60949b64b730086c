HTTParty.get(url, verify: false)
