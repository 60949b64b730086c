pid = spawn("echo #{msg}")
