CORS(app, resources={r"/*": {"origins": "*"}}, supports_credentials=True)
