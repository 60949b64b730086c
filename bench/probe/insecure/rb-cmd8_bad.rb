system("rm -rf " + path)
