results = tree.xpath("//user[@name=\"%s\"]" % username)
