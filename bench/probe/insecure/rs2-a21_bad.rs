let resp = ureq::get(&query.url).call()?;
