db.users.find({"$where": f"this.name == '{name}'"})
