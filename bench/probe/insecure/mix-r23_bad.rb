data = JSON.load(request.body.read)
