signal(SIGINT, handler); // handler calls printf
