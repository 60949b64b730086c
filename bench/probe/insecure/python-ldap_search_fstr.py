conn.search(search_base, f"(&(objectClass=person)(uid={username}))")
