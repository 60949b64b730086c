memcpy(buf, packet->data, packet->len);
