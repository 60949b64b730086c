from jinja2 import Template
html = Template(request.args.get("tpl")).render()
