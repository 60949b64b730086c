os.system(cmd)
