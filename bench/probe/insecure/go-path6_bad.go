package main

fpath := filepath.Join(dest, f.Name)
out, _ := os.Create(fpath)
// zip entry
