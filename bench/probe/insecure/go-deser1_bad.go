package main

var v interface{}
yaml.Unmarshal(body, &v)
