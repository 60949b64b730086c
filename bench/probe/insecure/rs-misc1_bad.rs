let re = Regex::new(&params.pattern)?;
