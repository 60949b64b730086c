async fn greet(web::Query(info): web::Query<Info>) -> HttpResponse {
    HttpResponse::Ok().content_type("text/html").body(format!("<h1>Hi {}</h1>", info.name))
}
