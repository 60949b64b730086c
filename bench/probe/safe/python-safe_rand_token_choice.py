import secrets
token = secrets.token_urlsafe(32)
