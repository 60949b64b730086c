let path = std::env::temp_dir().join("app.lock");
fs::write(&path, pid)?;
