if (memcmp(mac, expected_mac, 32) == 0) {}
