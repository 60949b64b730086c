root.findall(f".//user[@name='{name}']")
