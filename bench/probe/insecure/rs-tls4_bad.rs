builder.set_verify(SslVerifyMode::NONE);
