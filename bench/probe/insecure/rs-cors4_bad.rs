Cors::default().allow_any_origin().supports_credentials()
