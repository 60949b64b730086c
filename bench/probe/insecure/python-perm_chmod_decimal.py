os.chmod(path, 511)
