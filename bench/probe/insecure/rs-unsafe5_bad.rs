unsafe { v.set_len(n); }
