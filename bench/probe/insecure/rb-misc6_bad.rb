config.consider_all_requests_local = true
