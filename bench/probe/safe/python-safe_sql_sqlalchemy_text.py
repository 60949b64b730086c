db.session.execute(text("SELECT * FROM users WHERE name = :name"), {"name": name})
