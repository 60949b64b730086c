env = Environment(loader=FileSystemLoader("templates"), autoescape=False)
