let x = unsafe { arr.get_unchecked(i) };
