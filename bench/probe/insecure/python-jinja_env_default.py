from jinja2 import Environment
env = Environment(loader=FileSystemLoader("templates"))
