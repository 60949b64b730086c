tar.extract(member, path=dest)
