HttpResponse::Found().append_header(("Location", query.next.as_str())).finish()
