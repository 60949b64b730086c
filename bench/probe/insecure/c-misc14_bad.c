dlopen(user_lib, RTLD_NOW);
