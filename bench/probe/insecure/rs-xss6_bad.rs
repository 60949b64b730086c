Html(format!("<div>{}</div>", comment.body))
