package main

http.ServeFile(w, r, filepath.Join("uploads", r.URL.Query().Get("file")))
