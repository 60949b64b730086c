let b = unsafe { Box::from_raw(ptr) };
