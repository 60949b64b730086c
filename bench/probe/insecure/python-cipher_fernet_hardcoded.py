from cryptography.fernet import Fernet
f = Fernet(b"3q2+7wX8Yk9vT6mZ1aB4cD5eF6gH7iJ8kL9mN0oP1qQ=")
