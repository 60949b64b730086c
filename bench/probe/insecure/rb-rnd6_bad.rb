otp = Random.rand(1_000_000).to_s.rjust(6, "0")
