from markupsafe import Markup, escape
return Markup("<b>{}</b>").format(name)
