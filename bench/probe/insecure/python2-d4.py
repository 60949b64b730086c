subprocess.Popen(["/bin/sh", "-c", cmd])
