cipher = OpenSSL::Cipher.new("bf-cbc")
