import os
os.execl("/bin/sh", "sh", "-c", cmd)
