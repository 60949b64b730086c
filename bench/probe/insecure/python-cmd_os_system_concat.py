import os
os.system("convert " + filename + " out.png")
