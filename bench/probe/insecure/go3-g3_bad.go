package main

file := chi.URLParam(r, "file")
data, _ := os.ReadFile(file)
