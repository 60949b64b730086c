let s = unsafe { CStr::from_ptr(p) };
