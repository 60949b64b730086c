IO.popen(cmd_string)
