token = Array.new(20) { CHARS.sample }.join
