setenv("LD_PRELOAD", user_lib, 1);
