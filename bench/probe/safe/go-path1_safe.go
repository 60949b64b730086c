package main

http.ServeFile(w, r, filepath.Join("uploads", filepath.Base(r.URL.Query().Get("file"))))
