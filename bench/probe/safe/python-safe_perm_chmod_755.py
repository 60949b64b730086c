os.chmod(script, 0o755)
