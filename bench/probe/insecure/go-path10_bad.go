package main

os.Remove(filepath.Join(dir, c.Query("f")))
