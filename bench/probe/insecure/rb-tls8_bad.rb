ctx.ssl_version = :TLSv1
