DEBUG = os.environ.get("DEBUG", "False") == "True"
