char buf[64];
memcpy(buf, pkt->data, pkt->len);
