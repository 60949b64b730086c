from mako.template import Template
Template(user_text).render()
