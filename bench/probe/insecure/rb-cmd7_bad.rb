Open3.popen3("ffmpeg -i #{input} out.mp4") do |i, o, e, t| end
