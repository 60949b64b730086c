package main

ioutil.WriteFile(keyFile, privKey, 0644)
