let s = unsafe { String::from_utf8_unchecked(buf) };
