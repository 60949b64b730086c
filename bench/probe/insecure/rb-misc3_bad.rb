FileUtils.mkdir_p(dir, mode: 0777)
