os.system("echo %s" % msg)
