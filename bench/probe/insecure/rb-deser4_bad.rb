obj = Marshal.load(File.binread(cache_path))
