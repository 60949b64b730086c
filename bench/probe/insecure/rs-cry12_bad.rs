let token: u32 = rand::random();
