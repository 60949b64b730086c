os.chmod(path, 0o600)
