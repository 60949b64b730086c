let x: u32 = unsafe { std::mem::MaybeUninit::uninit().assume_init() };
