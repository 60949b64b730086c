File.umask(0)
