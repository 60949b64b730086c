"<div>#{message}</div>".html_safe
