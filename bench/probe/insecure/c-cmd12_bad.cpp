FILE *f = _popen(cmd.c_str(), "r");
