User.find_by("name = '#{name}'")
