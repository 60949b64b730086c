import subprocess
p = subprocess.Popen("nslookup %s" % domain, shell=True, stdout=subprocess.PIPE)
