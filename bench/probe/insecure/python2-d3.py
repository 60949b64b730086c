conn.search(BASE_DN, "(mail=" + email + ")", attributes=["cn"])
