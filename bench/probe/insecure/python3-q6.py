tar.extractall(path=tmpdir)
