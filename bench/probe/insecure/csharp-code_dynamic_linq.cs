var q = db.Users.Where(Request.Query["filter"]);
