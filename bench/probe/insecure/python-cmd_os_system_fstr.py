import os
os.system(f"ping -c 1 {host}")
