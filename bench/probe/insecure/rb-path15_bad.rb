Zip::File.open(zip) { |z| z.each { |e| e.extract(File.join(dest, e.name)) } }
