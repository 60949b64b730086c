os.makedirs(upload_dir, mode=0o777, exist_ok=True)
