RAND_pseudo_bytes(buf, sizeof buf);
