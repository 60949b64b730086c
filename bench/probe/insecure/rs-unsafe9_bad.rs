let r: &'static mut T = unsafe { &mut *(p as *mut T) };
