TEMPLATES = [{"OPTIONS": {"autoescape": False}}]
