let cipher = Des::new_from_slice(&key).unwrap();
