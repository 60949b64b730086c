OpenSSL::Digest::MD5.new
