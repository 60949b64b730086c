let s = unsafe { std::str::from_utf8_unchecked(&data) };
