from sqlalchemy import text
db.session.execute(text(f"SELECT * FROM users WHERE name = '{name}'"))
