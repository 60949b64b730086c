obj = Oj.load(body, mode: :object)
