import os
os.system("rm -rf {}".format(d))
