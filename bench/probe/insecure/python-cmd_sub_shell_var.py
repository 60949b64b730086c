import subprocess
cmd = f"ping -c 1 {host}"
subprocess.run(cmd, shell=True)
