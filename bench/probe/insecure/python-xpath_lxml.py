results = tree.xpath("//user[name='" + username + "']")
