if (CryptographicOperations.FixedTimeEquals(a, b)) { }
