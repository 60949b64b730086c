std::fs::DirBuilder::new().mode(0o777).create(&dir)?;
