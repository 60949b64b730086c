let mut v = Validation::default();
v.insecure_disable_signature_validation();
