obj = Marshal.load(Base64.decode64(cookies[:data]))
