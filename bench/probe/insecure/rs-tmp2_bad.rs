let mut f = File::create("/tmp/report.txt")?;
