import yaml
cfg = yaml.load(data, Loader=yaml.FullLoader)
