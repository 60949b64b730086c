cmd = "whois #{domain}"
system(cmd)
