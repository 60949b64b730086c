package main

data, _ := ioutil.ReadFile(path.Join(baseDir, r.URL.Path))
