await ssl.AuthenticateAsClientAsync(host, null, SslProtocols.Tls, false);
