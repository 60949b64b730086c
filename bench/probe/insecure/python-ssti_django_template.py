from django.template import Template
t = Template(request.POST["tpl"])
