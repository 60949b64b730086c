from werkzeug.security import generate_password_hash
pw_hash = generate_password_hash(password)
