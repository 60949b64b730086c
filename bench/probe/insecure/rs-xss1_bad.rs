async fn hello(Query(q): Query<Params>) -> Html<String> { Html(format!("<h1>Hello {}</h1>", q.name)) }
