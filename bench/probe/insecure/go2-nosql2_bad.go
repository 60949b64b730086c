package main

coll.Find(ctx, bson.M{"$where": "this.owner == '" + user + "'"})
