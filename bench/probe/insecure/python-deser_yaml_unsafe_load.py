import yaml
cfg = yaml.unsafe_load(data)
