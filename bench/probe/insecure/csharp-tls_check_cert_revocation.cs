handler.CheckCertificateRevocationList = false;
