import subprocess
out = subprocess.check_output("git log " + branch, shell=True)
