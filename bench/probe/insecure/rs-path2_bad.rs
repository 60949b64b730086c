let path = Path::new("static").join(&req.filename);
let contents = fs::read_to_string(path)?;
