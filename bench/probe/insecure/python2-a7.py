rows = session.query(User).filter(text(f"name = '{name}'")).all()
