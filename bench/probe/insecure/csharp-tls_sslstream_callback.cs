var ssl = new SslStream(stream, false, (s, c, ch, e) => true);
