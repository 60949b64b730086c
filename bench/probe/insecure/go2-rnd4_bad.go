package main

code := fmt.Sprintf("%06d", rand.Int31n(1000000))
sendVerificationCode(user, code)
