import os
out = os.popen("ls " + path).read()
