let mut validation = Validation::new(Algorithm::HS256);
validation.validate_exp = false;
