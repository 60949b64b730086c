let slice = unsafe { std::slice::from_raw_parts(ptr, len) };
