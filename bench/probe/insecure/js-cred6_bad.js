const client = new MongoClient('mongodb://admin:Passw0rd1@db.example.com:27017');
