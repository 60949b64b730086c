from django.utils.html import format_html
format_html("<b>" + name + "</b>")
