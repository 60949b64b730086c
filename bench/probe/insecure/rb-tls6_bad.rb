open(url, ssl_verify_mode: OpenSSL::SSL::VERIFY_NONE)
