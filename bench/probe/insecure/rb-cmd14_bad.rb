PTY.spawn("ssh #{user}@#{host}")
