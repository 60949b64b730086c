let cors = CorsLayer::very_permissive();
