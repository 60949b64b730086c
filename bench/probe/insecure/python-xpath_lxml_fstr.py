results = root.xpath(f"//user[@name='{name}']")
