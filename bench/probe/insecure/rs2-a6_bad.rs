async fn file(Path(name): Path<String>) -> Result<Vec<u8>, StatusCode> {
    tokio::fs::read(format!("./uploads/{name}")).await.map_err(|_| StatusCode::NOT_FOUND)
}
