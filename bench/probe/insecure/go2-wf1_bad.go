package main

os.WriteFile(filepath.Join("uploads", r.FormValue("name")), data, 0644)
