import subprocess
subprocess.run(f"ls {d}", shell=True)
