import subprocess
subprocess.run(["ls", d], shell=False)
