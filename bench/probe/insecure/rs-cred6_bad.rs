let client = Client::new().basic_auth("admin", Some("adminpass1"));
