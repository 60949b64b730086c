let connector = TlsConnector::builder().danger_accept_invalid_certs(true).build()?;
