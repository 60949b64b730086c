data = YAML.load(File.read(path))
