package main

ioutil.WriteFile("/tmp/"+r.FormValue("name"), data, 0644)
