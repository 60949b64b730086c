body = "<p>#{h}</p>".html_safe
