import subprocess
subprocess.run(["bash", "-c", "echo " + user_input])
