import tarfile
with tarfile.open(upload) as tar:
    tar.extractall(dest)
