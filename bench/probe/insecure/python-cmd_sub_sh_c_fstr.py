import subprocess
subprocess.run(["sh", "-c", f"convert {name} out.png"])
