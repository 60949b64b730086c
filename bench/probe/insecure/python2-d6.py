subprocess.run(cmd, shell=True, check=True)
