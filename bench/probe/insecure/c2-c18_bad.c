char buf[128];
ssize_t n = recv(sock, buf, 1024, 0);
