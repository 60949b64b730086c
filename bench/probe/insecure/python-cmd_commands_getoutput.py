import commands
out = commands.getoutput("ls " + path)
