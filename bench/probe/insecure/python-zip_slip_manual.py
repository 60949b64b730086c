for name in z.namelist():
    open(os.path.join(dest, name), "wb").write(z.read(name))
