const ctx = tls.createSecureContext({ secureProtocol: 'TLSv1_method' });
