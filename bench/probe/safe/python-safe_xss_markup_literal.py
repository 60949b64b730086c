return Markup("<br>")
