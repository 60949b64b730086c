subprocess.run(" ".join(["ffmpeg", "-i", src]), shell=True)
