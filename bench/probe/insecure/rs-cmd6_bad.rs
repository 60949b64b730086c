Command::new(&query.program).output()?
