Validator validator = schema.newValidator();
validator.validate(new StreamSource(input));
