const decoded = jwt.verify(token, publicKey);
