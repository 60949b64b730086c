File.chmod(0777, path)
