async fn get(Path(name): Path<String>) -> impl IntoResponse {
    let data = tokio::fs::read(format!("uploads/{}", name)).await.unwrap();
}
