private static bool ValidateCert(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e) { return true; }
