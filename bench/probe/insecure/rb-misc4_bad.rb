File.open("/tmp/app.lock", "w") { |f| f.write(pid) }
