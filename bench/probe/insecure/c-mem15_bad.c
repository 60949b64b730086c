memcpy(&hdr, data, len);
