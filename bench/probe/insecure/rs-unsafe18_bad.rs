let mut v = vec![0u8; 16];
let p = v.as_mut_ptr();
drop(v);
unsafe { *p = 1; }
