FileUtils.chmod(0777, dir)
