package main

for { hdr, _ := tr.Next()
	target := filepath.Join(dst, hdr.Name)
	os.Create(target) }
