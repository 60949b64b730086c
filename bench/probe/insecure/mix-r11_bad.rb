token = rand(36**32).to_s(36)
