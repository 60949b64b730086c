from jinja2 import Template
Template(f"<h1>Hello {name}</h1>").render()
