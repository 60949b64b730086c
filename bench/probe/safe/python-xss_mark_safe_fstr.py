from django.utils.safestring import mark_safe
return mark_safe(f"<a href='{url}'>link</a>")
