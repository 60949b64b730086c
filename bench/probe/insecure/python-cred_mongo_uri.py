client = MongoClient("mongodb://admin:Mongo123pass@mongo:27017/")
