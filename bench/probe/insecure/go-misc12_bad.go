package main

var filter bson.M
json.NewDecoder(r.Body).Decode(&filter)
coll.Find(ctx, filter)
