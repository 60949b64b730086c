IO.popen("git log --author=#{author}") { |io| io.read }
