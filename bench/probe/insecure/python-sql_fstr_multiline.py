cursor.execute(
    f"UPDATE users SET email = '{email}' WHERE id = {uid}"
)
