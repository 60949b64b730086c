Tempfile.new("x", "/tmp")
Dir.tmpdir + "/report.pdf"
