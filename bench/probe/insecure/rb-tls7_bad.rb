Excon.defaults[:ssl_verify_peer] = false
