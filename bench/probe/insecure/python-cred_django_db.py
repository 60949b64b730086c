DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": "postgres123"}}
