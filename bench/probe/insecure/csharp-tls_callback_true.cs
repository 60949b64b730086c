ServicePointManager.ServerCertificateValidationCallback = (sender, cert, chain, errors) => true;
