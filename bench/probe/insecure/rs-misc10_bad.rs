let s = String::from_utf8_lossy(&bytes);
