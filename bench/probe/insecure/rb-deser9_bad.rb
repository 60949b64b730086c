obj = Marshal.restore(data)
