session_id = Random.new.rand(10**20)
