user = User(**request.json)
