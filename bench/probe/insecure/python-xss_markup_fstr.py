from markupsafe import Markup
return Markup(f"<b>{name}</b>")
