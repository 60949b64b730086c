import os
name = os.tempnam()
