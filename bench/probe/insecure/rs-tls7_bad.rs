let agent = ureq::AgentBuilder::new().tls_config(Arc::new(insecure_config)).build();
