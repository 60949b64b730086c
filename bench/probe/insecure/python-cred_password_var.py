DB_PASSWORD = "Sup3rS3cret!"
