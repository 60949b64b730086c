static mut COUNTER: u32 = 0;
unsafe { COUNTER += 1; }
