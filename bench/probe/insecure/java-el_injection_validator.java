context.buildConstraintViolationWithTemplate("Invalid value: " + value).addConstraintViolation();
