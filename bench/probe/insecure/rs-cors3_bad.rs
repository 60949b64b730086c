CorsLayer::new().allow_origin(AllowOrigin::mirror_request()).allow_credentials(true)
