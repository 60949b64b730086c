subprocess.run([request.args["prog"], "--version"])
