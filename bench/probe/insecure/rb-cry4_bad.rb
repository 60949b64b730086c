cipher = OpenSSL::Cipher.new("AES-128-ECB")
