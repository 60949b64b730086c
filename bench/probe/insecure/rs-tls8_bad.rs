let client = reqwest::Client::builder().min_tls_version(tls::Version::TLS_1_0).build()?;
