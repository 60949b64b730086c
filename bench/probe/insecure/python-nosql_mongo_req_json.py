user = db.users.find_one({"username": request.json["username"], "password": request.json["password"]})
