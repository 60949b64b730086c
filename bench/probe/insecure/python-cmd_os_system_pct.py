import os
os.system("tar xf %s" % path)
