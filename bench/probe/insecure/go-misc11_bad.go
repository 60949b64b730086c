package main

filter := bson.M{"$where": "this.name == '" + name + "'"}
