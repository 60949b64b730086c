async fn proxy(Query(q): Query<HashMap<String, String>>) -> String {
    reqwest::get(q.get("url").unwrap()).await.unwrap().text().await.unwrap()
}
