ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };
