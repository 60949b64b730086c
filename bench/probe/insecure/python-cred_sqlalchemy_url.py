engine = create_engine("postgresql://admin:Sup3rS3cret@db.example.com:5432/prod")
