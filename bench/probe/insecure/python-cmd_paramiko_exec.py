stdin, stdout, stderr = ssh.exec_command("cat " + filename)
