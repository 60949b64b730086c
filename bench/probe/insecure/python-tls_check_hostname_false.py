ctx.check_hostname = False
