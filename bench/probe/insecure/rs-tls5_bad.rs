config.dangerous().set_certificate_verifier(Arc::new(NoVerifier));
