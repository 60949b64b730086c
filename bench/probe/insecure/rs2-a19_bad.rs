let mut f = File::create("/tmp/app.sock")?;
