static const unsigned char key[] = "0123456789abcdef";
