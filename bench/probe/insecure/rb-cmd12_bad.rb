out = Open3.capture3("identify " + upload.path)
