const socket = tls.connect(443, host, { rejectUnauthorized: false });
