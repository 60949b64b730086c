env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
