let file = File::open(format!("/var/data/{}", params.name))?;
