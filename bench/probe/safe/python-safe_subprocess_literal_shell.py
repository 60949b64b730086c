subprocess.run("ls -la /var/log", shell=True)
