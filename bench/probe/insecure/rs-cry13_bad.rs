let mut rng = SmallRng::from_entropy();
let session_id: u128 = rng.gen();
