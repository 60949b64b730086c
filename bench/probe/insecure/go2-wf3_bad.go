package main

os.MkdirAll(filepath.Join(root, c.Query("dir")), 0755)
