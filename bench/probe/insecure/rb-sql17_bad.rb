Product.where(["name LIKE '%#{q}%'"])
