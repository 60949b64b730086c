package main

for _, f := range zr.File {
	p := filepath.Join(dst, f.Name)
	os.WriteFile(p, data, 0644)
}
