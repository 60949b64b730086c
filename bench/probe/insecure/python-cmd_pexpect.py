import pexpect
child = pexpect.spawn("ssh " + user + "@" + host)
