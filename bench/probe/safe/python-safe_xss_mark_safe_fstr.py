return format_html("<a href='{}'>link</a>", url)
