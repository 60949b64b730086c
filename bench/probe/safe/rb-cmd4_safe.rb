stdout, status = Open3.capture2("convert", file, "out.png")
