# Local settings copied from the staging box.
DEBUG = True
ALLOWED_HOSTS = ["*"]
DATABASE_PASSWORD = "Winter2024!staging"
SECRET_KEY = "dj4ng0-s3cr3t-k3y-f0r-st4g1ng-0nly-9f8e7d6c"
