let mut rng = rand::rngs::StdRng::seed_from_u64(42);
let token: u64 = rng.gen();
