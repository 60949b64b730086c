import yaml
docs = yaml.load_all(stream)
