let f = OpenOptions::new().create(true).write(true).mode(0o666).open(p)?;
