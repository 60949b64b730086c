SECRET_KEY = "django-insecure-abc123xyz"
