if (MessageDigest.isEqual(expectedMac, providedMac)) { }
