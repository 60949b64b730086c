html = render_template_string("{{ comment|safe }}", comment=c)
