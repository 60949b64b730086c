if (memcmp(computed_hmac, received_hmac, HMAC_LEN) == 0) return 1;
