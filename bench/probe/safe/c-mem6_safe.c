if (packet->len > sizeof(buf)) return -1;
memcpy(buf, packet->data, packet->len);
