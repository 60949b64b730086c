Path(p).chmod(0o777)
