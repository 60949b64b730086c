import subprocess
status, out = subprocess.getstatusoutput("ping " + host)
