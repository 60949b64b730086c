async fn fetch(Query(p): Query<Params>) -> String {
    reqwest::get(&p.url).await.unwrap().text().await.unwrap()
}
