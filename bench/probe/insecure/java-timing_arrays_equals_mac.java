if (Arrays.equals(expectedMac, providedMac)) { }
