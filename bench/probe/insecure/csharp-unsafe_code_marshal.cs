Marshal.Copy(ptr, buffer, 0, length);
