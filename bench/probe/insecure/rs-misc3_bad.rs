let n: usize = input.parse().unwrap();
let mut buf = vec![0u8; n];
