config.force_ssl = false
