sql = f"UPDATE users SET name = '{name}' WHERE id = {uid}"
