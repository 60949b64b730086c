cipher = OpenSSL::Cipher.new("DES-CBC")
