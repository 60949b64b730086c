HttpResponse::Ok().content_type("text/html").body(format!("<p>{}</p>", name))
