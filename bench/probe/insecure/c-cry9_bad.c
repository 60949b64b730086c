const EVP_MD *md = EVP_sha1();
