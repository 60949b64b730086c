package main

for _, f := range r.File {
	fpath := filepath.Join(dest, f.Name)
	outFile, _ := os.OpenFile(fpath, os.O_WRONLY|os.O_CREATE, f.Mode())
}
