import yaml
cfg = yaml.safe_load(data)
