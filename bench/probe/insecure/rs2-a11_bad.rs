validation.validate_exp = false;
