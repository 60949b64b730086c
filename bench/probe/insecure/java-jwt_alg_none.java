Algorithm alg = Algorithm.none();
