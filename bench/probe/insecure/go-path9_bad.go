package main

dst, _ := os.Create(filepath.Join("uploads", header.Filename))
