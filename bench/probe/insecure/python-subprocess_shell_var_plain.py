subprocess.call(cmd, shell=True)
