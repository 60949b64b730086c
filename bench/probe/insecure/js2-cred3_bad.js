mongoose.connect('mongodb://admin:S3cretPass@cluster0.mongodb.net/app');
