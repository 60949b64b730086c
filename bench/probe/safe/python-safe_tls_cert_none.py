ctx = ssl.create_default_context()
ctx.verify_mode = ssl.CERT_REQUIRED
