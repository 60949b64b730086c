async fn download(Query(q): Query<Params>) -> Vec<u8> { std::fs::read(&q.file).unwrap() }
