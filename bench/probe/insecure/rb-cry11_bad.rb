cipher = OpenSSL::Cipher.new("rc4")
