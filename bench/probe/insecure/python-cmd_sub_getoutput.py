import subprocess
out = subprocess.getoutput(f"whois {domain}")
