let x = unsafe { *ptr.add(idx) };
