import yaml
cfg = yaml.load(data)
