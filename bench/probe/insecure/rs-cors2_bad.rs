let cors = Cors::permissive();
