std::ptr::copy_nonoverlapping(src, dst, len);
