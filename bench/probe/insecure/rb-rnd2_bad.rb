reset_code = rand(100000..999999)
