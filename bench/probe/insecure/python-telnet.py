import telnetlib
tn = telnetlib.Telnet(host)
