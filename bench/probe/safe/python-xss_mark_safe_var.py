from django.utils.safestring import mark_safe
content = mark_safe(comment.body)
