cfg = yaml.load(data, Loader=yaml.CSafeLoader)
