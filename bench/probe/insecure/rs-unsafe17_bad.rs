let r = unsafe { &*(bytes.as_ptr() as *const Header) };
