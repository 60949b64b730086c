import subprocess
subprocess.call("grep " + pattern + " file.txt", shell=True)
