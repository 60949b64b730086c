results = tree.xpath("//user[name=$name]", name=username)
