let s: &str = unsafe { std::mem::transmute(bytes) };
