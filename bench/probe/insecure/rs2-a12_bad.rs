let mut rng = StdRng::seed_from_u64(42);
let token: String = (0..32).map(|_| rng.sample(Alphanumeric) as char).collect();
