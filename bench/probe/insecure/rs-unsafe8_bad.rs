let v: Vec<u8> = Vec::with_capacity(n);
unsafe { v.set_len(n) };
