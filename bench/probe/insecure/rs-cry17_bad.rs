let mut rng = fastrand::Rng::new();
let token = rng.u64(..);
