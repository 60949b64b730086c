type Aes128Ecb = ecb::Encryptor<aes::Aes128>;
